// npm run package:teams — writes the Teams app package (manifest, icons, Japanese strings) with the app id and
// base URL from the environment or .env. Missing settings stop it with one line saying what to set.
import { relative } from 'node:path';
import {
  DEFAULT_PACKAGE_PATH,
  PackageError,
  packageSettings,
  packageTeamsApp,
  packagingEnvironment,
  projectRoot,
} from '../src/teams/packageApp';

try {
  const settings = packageSettings(packagingEnvironment());
  const out = packageTeamsApp(settings, process.argv[2] ?? DEFAULT_PACKAGE_PATH);
  console.log(
    `Teams app package written to ${relative(projectRoot(), out)} (app id ${settings.appId}, ${settings.baseUrl})`,
  );
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  console.error(`Cannot package the Teams app: ${error.message}`);
  process.exit(1);
}
