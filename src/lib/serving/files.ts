/** The deploy files rendered from the serving policy, by their path in the project. */
import siteJson from '../../../content/site.json';
import { Site } from '../content/schema/site';
import { nginxSiteConfig, productionNginxSite } from './nginx';
import { staticHostHeaders } from './static-host-headers';

export function deployConfigFiles(): Record<string, string> {
  // The site's server name is content (site.json deployName): another plan's site gets its own folder.
  const { deployName } = Site.parse(siteJson);
  return {
    'deploy/nginx.conf': nginxSiteConfig(productionNginxSite(deployName)),
    'public/_headers': staticHostHeaders(),
  };
}
