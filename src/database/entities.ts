import { AuditEventEntity } from '../audit/audit-event.entity';
import { CommissioningEntity } from '../commissioners/commissioning.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** Every TypeORM entity: the data source and the migration check read this list. */
export const entities = [OrganisationEntity, UserEntity, CommissioningEntity, AuditEventEntity];
