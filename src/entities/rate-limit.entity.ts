import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One rate-limit window (src/http/rate-limit.ts): the shape rate-limiter-flexible's
 * RateLimiterPostgres reads and upserts with its own SQL, so replicas share one count. The app
 * never maps rows through TypeORM; the entity exists so the schema check knows the table.
 */
@Entity('rate_limit')
@Index('rate_limit_expire_idx', ['expire'])
export class RateLimitEntity {
  /** `address:<IPv4>`, `address:<IPv6 /64>` or `user:<staff id>`. */
  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'rate_limit_pkey' }) key: string;
  /** Requests counted in the window. */
  @Column({ type: 'integer', default: 0 }) points: number;
  /** When the window ends, in epoch milliseconds (the library's Date.now() arithmetic). */
  @Column({ type: 'bigint', nullable: true }) expire: string | null;
}
