import { SetMetadata } from '@nestjs/common';

export const ROLES = ['secretary', 'board', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** The caller, once their bearer token has been checked. */
export interface Caller {
  readonly tokenId: string;
  readonly name: string;
  readonly role: Role;
}

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** Only these roles may call the route. Routes without it are open to every role. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The route needs no token (health, API documentation). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
