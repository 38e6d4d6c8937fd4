import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject } from 'class-validator';

/** The most events one batch may carry. */
export const MAX_BATCH_EVENTS = 10_000;

/**
 * A list of share events recorded all or nothing (imports). Each is the body of the route for its
 * kind with a `type`: `allotment` (as `POST share-allotments`), `transfer` (as `POST share-transfers`,
 * registered at once: `status` `lodged` is refused) or `cancellation` (as `POST share-cancellations`).
 */
export class ShareEventsBatchDto {
  @ApiProperty({
    description: `1 to ${MAX_BATCH_EVENTS.toLocaleString('en-GB')} share events in the order they are to be entered, each with type allotment, transfer or cancellation and the fields of that route's body`,
    type: 'array',
    items: { type: 'object', example: { type: 'transfer', shareNumber: 7, fromMemberId: 'member-id', to: { memberId: 'member-id' }, lodgedOn: '2024-05-01', effectiveOn: '2024-05-20' } },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_EVENTS)
  @IsObject({ each: true })
  events!: Record<string, unknown>[];
}
