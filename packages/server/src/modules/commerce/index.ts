import { defineModule } from '../../platform/module';
import { Product } from './product.entity';
import './resources';

export const commerceModule = defineModule({ name: 'commerce', entities: [Product] });
