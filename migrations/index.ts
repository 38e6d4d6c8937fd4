import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_share_register } from './Migration20261122000000_share_register';
import { Migration20261123000001_register_as_at_indexes } from './Migration20261123000001_register_as_at_indexes';
import { Migration20261123000020_alliance_tupe } from './Migration20261123000020_alliance_tupe';
import { Migration20261123000030_governance } from './Migration20261123000030_governance';
import { Migration20261130000000_api_token_lifecycle } from './Migration20261130000000_api_token_lifecycle';
import { Migration20261201000000_share_entry_keys } from './Migration20261201000000_share_entry_keys';
import { Migration20261201000100_staged_personal_versions } from './Migration20261201000100_staged_personal_versions';
import { Migration20261201000300_web_sessions } from './Migration20261201000300_web_sessions';
import { Migration20261201000400_register_particulars } from './Migration20261201000400_register_particulars';
import { Migration20261201000700_officer_personal } from './Migration20261201000700_officer_personal';
import { Migration20261201000800_share_entry_keys_fastupdate_off } from './Migration20261201000800_share_entry_keys_fastupdate_off';
import { Migration20261201000900_inspection_requester_personal } from './Migration20261201000900_inspection_requester_personal';
import { Migration20261201001000_register_shown_now_index } from './Migration20261201001000_register_shown_now_index';
import { Migration20261201001100_company_chain_head } from './Migration20261201001100_company_chain_head';
import { Migration20261201001200_request_keys } from './Migration20261201001200_request_keys';
import { Migration20261203000100_ledger_entry_serial_scans } from './Migration20261203000100_ledger_entry_serial_scans';
import { Migration20261206000000_register_name_key_folded } from './Migration20261206000000_register_name_key_folded';
import { Migration20261206000100_register_name_key_spaces } from './Migration20261206000100_register_name_key_spaces';

/** Every migration, oldest first. Listed explicitly so no file discovery is needed at run time. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122000000_share_register', class: Migration20261122000000_share_register },
  { name: 'Migration20261123000001_register_as_at_indexes', class: Migration20261123000001_register_as_at_indexes },
  { name: 'Migration20261123000020_alliance_tupe', class: Migration20261123000020_alliance_tupe },
  { name: 'Migration20261123000030_governance', class: Migration20261123000030_governance },
  { name: 'Migration20261130000000_api_token_lifecycle', class: Migration20261130000000_api_token_lifecycle },
  { name: 'Migration20261201000000_share_entry_keys', class: Migration20261201000000_share_entry_keys },
  { name: 'Migration20261201000100_staged_personal_versions', class: Migration20261201000100_staged_personal_versions },
  { name: 'Migration20261201000300_web_sessions', class: Migration20261201000300_web_sessions },
  { name: 'Migration20261201000400_register_particulars', class: Migration20261201000400_register_particulars },
  { name: 'Migration20261201000700_officer_personal', class: Migration20261201000700_officer_personal },
  { name: 'Migration20261201000800_share_entry_keys_fastupdate_off', class: Migration20261201000800_share_entry_keys_fastupdate_off },
  { name: 'Migration20261201000900_inspection_requester_personal', class: Migration20261201000900_inspection_requester_personal },
  { name: 'Migration20261201001000_register_shown_now_index', class: Migration20261201001000_register_shown_now_index },
  { name: 'Migration20261201001100_company_chain_head', class: Migration20261201001100_company_chain_head },
  { name: 'Migration20261201001200_request_keys', class: Migration20261201001200_request_keys },
  { name: 'Migration20261203000100_ledger_entry_serial_scans', class: Migration20261203000100_ledger_entry_serial_scans },
  { name: 'Migration20261206000000_register_name_key_folded', class: Migration20261206000000_register_name_key_folded },
  { name: 'Migration20261206000100_register_name_key_spaces', class: Migration20261206000100_register_name_key_spaces },
];
