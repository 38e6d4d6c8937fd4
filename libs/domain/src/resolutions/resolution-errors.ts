/** Rules of directors, resolutions, meetings and filings (CA 2006 Pt 13, ss.162–167, 29–30). */
export type ResolutionErrorCode = never;
