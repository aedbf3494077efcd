import { defineModule } from '../../platform/module';
import { EmailEvent } from './email-event.entity';
import { MailProviderSecretResolver } from './mail-secret';
import { mountMailWebhook } from './mail-webhook';
import './resources';
import { UserAlias } from './user-alias.entity';

export const privacyModule = defineModule({ name: 'privacy', entities: [UserAlias, EmailEvent], resolvers: [MailProviderSecretResolver], routes: mountMailWebhook });
