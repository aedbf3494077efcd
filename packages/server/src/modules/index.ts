import { analyticsModule } from './analytics';
import { commerceModule } from './commerce';
import { identityModule } from './identity';
import { privacyModule } from './privacy';
import { productModule } from './product';
import { salesModule } from './sales';

/** Every module of the application: one line each. */
export const MODULES = [identityModule, salesModule, commerceModule, productModule, analyticsModule, privacyModule];
