import type { DataSource } from 'typeorm';
import { AccessLogCollector } from '../access-log/collector';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../dates';
import { AccessLogRepository } from '../repositories/access-log.repository';
import { ReleaseRepository } from '../repositories/release.repository';
import type { Clock } from '../services/clock';
import { MedicalGate } from './medical-gate';

/**
 * The per-request parts of ROI-1 and the access log, for the request context: the collector of
 * the request's reads (written once by the access-log plugin) and the medical gate. Without a
 * signed-in user nothing of a client is readable, so there is no collector.
 */
export function requestPrivacy(dataSource: DataSource, clock: Clock, user: CurrentUser | null) {
  const accessLog = user
    ? new AccessLogCollector((reads, operationName) => new AccessLogRepository(dataSource.manager).write(
      { staffId: user.id, staffRole: user.role, operationName, accessedAt: clock.now() }, reads))
    : undefined;
  const medical = new MedicalGate(user, new ReleaseRepository(dataSource.manager), () => alaskaDateOf(clock.now()));
  return { accessLog, medical };
}
