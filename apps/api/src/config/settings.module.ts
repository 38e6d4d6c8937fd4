import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ENVIRONMENT_VARIABLES, validateEnvironment, type Environment } from './environment';
import { SETTINGS, settingsFromEnvironment } from './settings';

/**
 * Reads the environment (and a `.env` file in the working directory, if there is one) through
 * @nestjs/config, validated by the schema in environment.ts, and provides it as `SETTINGS`. A wrong
 * value stops the start with a message naming the variable.
 */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      validate: validateEnvironment,
      // Only validated values are read: an unset or empty variable is its default, never the raw string.
      skipProcessEnv: true,
      cache: true,
    }),
  ],
  providers: [
    {
      provide: SETTINGS,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        settingsFromEnvironment(Object.fromEntries(ENVIRONMENT_VARIABLES.map((name) => [name, config.get(name)])) as Environment),
    },
  ],
  exports: [SETTINGS],
})
export class SettingsModule {}
