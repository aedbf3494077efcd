import { defineModule } from '../../platform/module';
import { ApiKey } from './api-key.entity';
import { IdentityResolver } from './identity.resolver';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { RefreshToken } from './refresh-token.entity';
import './resources';
import './member-actions';
import { Team } from './team.entity';
import { User } from './user.entity';

export const identityModule = defineModule({
  name: 'identity',
  entities: [Organization, User, Membership, Team, ApiKey, Invitation, RefreshToken],
  resolvers: [IdentityResolver],
});
