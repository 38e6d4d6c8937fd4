import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { SETTINGS } from '../config/settings';
import { AppLogger, loggerParams, requestLogging } from './logging';

/** Where log lines go when not to standard output (tests give a stream of their own). */
export const LOG_DESTINATION = Symbol('LogDestination');
/** The app's request logger (pino-http), mounted first by `configureApp`. */
export const REQUEST_LOGGING = Symbol('RequestLogging');

/** pino for Nest's logger and one line per HTTP request; see logging.ts. */
@Global()
@Module({
  imports: [
    LoggerModule.forRootAsync({
      providers: [
        { provide: LOG_DESTINATION, useValue: null },
        { provide: REQUEST_LOGGING, inject: [SETTINGS, LOG_DESTINATION], useFactory: requestLogging },
      ],
      inject: [SETTINGS, LOG_DESTINATION],
      useFactory: loggerParams,
    }),
  ],
  providers: [AppLogger],
  exports: [AppLogger],
})
export class LoggingModule {}
