import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from '../errors';

/**
 * type-graphql's `@Authorized(...roles)` gate: no user -> UNAUTHENTICATED; a role outside the list
 * -> FORBIDDEN. Throwing our own errors keeps the codes the API promises (type-graphql's default
 * would say UNAUTHORIZED).
 */
export const authChecker: AuthChecker<RequestContext> = ({ context, info }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length === 0 || roles.includes(context.user.role)) return true;
  throw forbidden(`${info.parentType.name}.${info.fieldName} requires ${roles.join(' or ')}`);
};
