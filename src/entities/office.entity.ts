import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A Work Services office (e.g. Anchorage, Fairbanks); staff and cases belong to one. */
@Entity('office')
@Unique('office_code_key', ['code'])
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'office_pkey' }) id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
