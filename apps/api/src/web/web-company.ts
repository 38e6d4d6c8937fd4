import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '#domain';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';

/** The company the pages show: the one the service keeps (the first, should there be several). */
@Injectable()
export class WebCompany {
  private first: { readonly id: string; readonly incorporatedOn: CalendarDate } | null = null;

  constructor(private readonly companies: CompaniesService) {}

  async companyId(): Promise<string> {
    return (await this.company()).id;
  }

  /** The day the company was incorporated (a calendar date): a page as at a day before it says so (layout.njk). */
  async incorporatedOn(): Promise<CalendarDate> {
    return (await this.company()).incorporatedOn;
  }

  private async company() {
    if (this.first === null) {
      const [first] = await this.companies.list();
      if (!first) throw AppError.notFound('company', {});
      this.first = { id: first.id, incorporatedOn: first.incorporatedOn };
    }
    return this.first;
  }
}
