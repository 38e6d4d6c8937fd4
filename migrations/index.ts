import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_share_register } from './Migration20261122000000_share_register';

/** Every migration, oldest first. Listed explicitly so no file discovery is needed at run time. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122000000_share_register', class: Migration20261122000000_share_register },
];
