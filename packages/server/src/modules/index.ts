import { commerceModule } from './commerce';
import { identityModule } from './identity';
import { salesModule } from './sales';

/** Every module of the application: one line each. */
export const MODULES = [identityModule, salesModule, commerceModule];
