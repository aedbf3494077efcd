// Roles belong to the platform (policy.ts decides what each grants); identity hands them out.
export { Role, ROLE_RANK, roleAtLeast, lowerRole } from '../../platform/auth/roles';
