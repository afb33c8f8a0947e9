/** The deploy files rendered from the serving policy, by their path in the project. */
import { nginxSiteConfig } from './nginx';
import { staticHostHeaders } from './static-host-headers';

export function deployConfigFiles(): Record<string, string> {
  return { 'deploy/nginx.conf': nginxSiteConfig(), 'public/_headers': staticHostHeaders() };
}
