/**
 * Pure drawing: a typed view model in, a PDF stream out (pdfkit). No database, no framework: the API
 * builds the view models and pipes the streams into its responses.
 */
export type * from './view-models';
export type * from './notice-sent-view';
export type * from './share-certificate-view';
export type * from './correction-view';
export type * from './former-particulars-view';
export { formatCount, formatDate, formatFte, formatMoney, ReportFormatError } from './format';
export { ReportAbortedError, ReportLayoutError } from './page-flow';
export { formerParticularsLine, jointHolderNames, REGISTER_OF_MEMBERS_TITLE, renderRegisterOfMembers, shareHistoryLine } from './register-of-members.report';
export { cancelledMarking, DRAFT_CERTIFICATE_TITLE, DRAFT_MARKING, renderShareCertificate, SHARE_CERTIFICATE_TITLE } from './share-certificate.report';
export { ALLIANCE_REPORT_TITLE, renderAllianceReport } from './alliance.report';
export { renderResolutionCopy, RESOLUTION_COPY_TITLE } from './resolution-copy.report';
export type * from './minutes-view';
export { MINUTES_TITLE, renderMinutes } from './minutes.report';
export { resolutionKindLabel } from './resolution-copy.report';
export { RECORD_OF_OFFICERS_TITLE, REGISTER_OF_OFFICERS_TITLE, renderOfficersReport, type OfficersReportView, type OfficerView, type OfficerNotificationView } from './officers.report';
export {
  numberRanges,
  notQuorateForWords,
  noticeSentInWords,
  quorateExceptWords,
  sellingMemberWords,
  shareChangesInWords,
  unverifiedDirectorWords,
  writtenAgreementWords,
  type ItemNotQuorateWords,
  type ShareChangeWords,
  type UnverifiedDirectorWords,
  type WrittenTally,
} from './resolution-words';
export { MATTER_WORDS, UNVERIFIED_DIRECTOR_HEADING } from './authority-lines';
