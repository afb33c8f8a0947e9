/** The pages of a built site, found by walking its folders: the same walk the benchmark weighs. */
import { pagePaths } from '../../scripts/page-weight.mjs';

/** Every page's URL path (`/`, `/en/goals/`, …), the 404 page left out. */
export const builtPages: (distDir: string) => string[] = pagePaths;
