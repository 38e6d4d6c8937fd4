import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { NotBlank, RefusedBeside } from '../../common/validation';

/** The most assents one election lists. */
export const MOST_ASSENTS = 1000;

/** What is recorded: the election made (s.128B) or withdrawn (s.128J). */
export const CENTRAL_REGISTER_ACTIONS = ['elect', 'withdraw'] as const;

/**
 * An election to keep the register of members' information at Companies House, or its withdrawal
 * (RM-7; CA 2006 ss.128B, 128J): the domain checks the assents, the election in force and EC-6.
 */
export class RecordCentralRegisterElectionDto {
  @ApiProperty({ example: '2017-06-01', description: 'The day the registrar registered the notice of election or of withdrawal, when it took effect (ss.128C(1), 128J(3)): on or after incorporation, not after today' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiProperty({ enum: CENTRAL_REGISTER_ACTIONS, description: '`elect`: the election is made (s.128B); `withdraw`: the election in force is withdrawn (s.128J)' })
  @IsIn(CENTRAL_REGISTER_ACTIONS)
  action!: (typeof CENTRAL_REGISTER_ACTIONS)[number];

  @ApiPropertyOptional({
    type: [String],
    example: ['member-1', 'member-2'],
    description: `For \`elect\` (required): the member ids of the members who assented to the election, each once (at most ${MOST_ASSENTS}); every member on the register on effectiveOn must be among them (s.128B(2)(a); 422 CENTRAL_REGISTER_ASSENT_MISSING naming those missing). Left out for \`withdraw\`.`,
  })
  @ValidateIf((o: RecordCentralRegisterElectionDto) => o.action === 'elect' || o.assentedBy !== undefined)
  @RefusedBeside('assentsOnlyToElect', 'members assent to the making of an election (s.128B(2)(a)): leave assentedBy out for withdraw', (_v, body) => body.action === 'withdraw')
  @IsArray()
  @ArrayMaxSize(MOST_ASSENTS)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  @NotBlank({ each: true })
  assentedBy?: string[];
}
