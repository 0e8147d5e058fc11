import pino from 'pino';

/** Structured JSON logs; one logger for the process, children per request. */
export function createLogger(level: string): pino.Logger {
  return pino({ level, base: { service: 'work-services-case-api' } });
}
export type Logger = pino.Logger;
