/** A notice's day of sending and how, as a report or a page shows them (`NoticeSent`, calendar date). */
export interface NoticeSentWords {
  readonly on: string;
  readonly by: 'hand' | 'post' | 'electronic';
}
