// The app's version, written into exported progress files. Vite bundles only this field of package.json.
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
