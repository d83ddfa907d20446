import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Roles } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  advocatesCsv,
  breakdownCsv,
  download,
  prepend,
  summaryCsv,
  timeseriesCsv,
} from './analytics-csv';
import { AnalyticsService } from './analytics.service';
import {
  AdvocatesQueryDto,
  AnalyticsQueryDto,
  BreakdownQueryDto,
  TimeseriesQueryDto,
} from './dto/analytics-query.dto';
import {
  AdvocateRowDto,
  AnalyticsAdvocatesDto,
  AnalyticsBreakdownDto,
  AnalyticsScopeDto,
  AnalyticsSummaryDto,
  AnalyticsTimeseriesDto,
  BreakdownRowDto,
  SeriesPointDto,
} from './dto/analytics.dto';

const PERIOD_HELP =
  "Periods are the organisation's calendar days (from and to included, in its time zone); " +
  'format=csv gives the same figures as a CSV download, every row, with the filters in the ' +
  'file name.';

/**
 * Engagement analytics: HR (analysts) and admins see everything; curators see content and
 * network figures, not figures about people; employees see their own on My activity.
 */
@ApiTags('analytics')
@Controller('analytics')
@ApiProduces('application/json', 'text/csv')
@ApiBadRequestResponse({ type: ErrorDto })
@ApiNotFoundResponse({ type: ErrorDto, description: 'A filter names nothing that exists' })
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('summary')
  @Roles('analyst', 'admin', 'curator')
  @ApiOperation({
    summary: 'The headline figures of a period',
    description: `Shares, verified shares, clicks, unique visitors, declared reach, clicks per share, earned media value; for analysts and admins also adoption, participation, policy coverage and training stages. ${PERIOD_HELP}`,
  })
  @ApiOkResponse({ type: AnalyticsSummaryDto })
  async summary(
    @Query() query: AnalyticsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnalyticsSummaryDto | StreamableFile> {
    const scope = await this.analytics.scope(query, user.roles);
    const summary = await this.analytics.summary(scope, user.roles);
    if (query.format === 'csv') return download(summaryCsv(summary));
    return AnalyticsSummaryDto.from(summary);
  }

  @Get('timeseries')
  @Roles('analyst', 'admin', 'curator')
  @ApiOperation({
    summary: 'Shares, verified shares, clicks and unique visitors by day or week',
    description: `Every day (or week, from Monday) of the period, zeros included. ${PERIOD_HELP}`,
  })
  @ApiOkResponse({ type: AnalyticsTimeseriesDto })
  async timeseries(
    @Query() query: TimeseriesQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnalyticsTimeseriesDto | StreamableFile> {
    const scope = await this.analytics.scope(query, user.roles);
    const points = await this.analytics.timeseries(scope, query.interval);
    if (query.format === 'csv') return download(timeseriesCsv(scope, query.interval, points));
    return {
      scope: AnalyticsScopeDto.from(scope),
      interval: query.interval,
      points: points.map(SeriesPointDto.from),
    };
  }

  @Get('breakdown')
  @Roles('analyst', 'admin', 'curator')
  @ApiOperation({
    summary: 'The figures of a period by department, location, network, campaign, kind or item',
    description: `The most of the sort figure first (clicks unless asked). For content items, also by network. By department or location for analysts and admins only. ${PERIOD_HELP}`,
  })
  @ApiOkResponse({ type: AnalyticsBreakdownDto })
  async breakdown(
    @Query() query: BreakdownQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnalyticsBreakdownDto | StreamableFile> {
    const scope = await this.analytics.scope(query, user.roles);
    if (query.format === 'csv') {
      // Checked before the download starts, so that a refusal is an error, not a file.
      const rows = this.analytics.everyBreakdownRow(scope, query.by, user.roles, query.sort);
      const first = await rows.next();
      // However the download ends (also when the client goes before it starts), the rows
      // generator finishes, and with it the cursor's transaction and connection.
      return download(breakdownCsv(scope, query.by, prepend(first, rows)), () =>
        rows.return(undefined),
      );
    }
    const { rows, total } = await this.analytics.breakdown(scope, query.by, user.roles, {
      sort: query.sort,
      limit: query.limit,
    });
    return {
      scope: AnalyticsScopeDto.from(scope),
      by: query.by,
      total,
      rows: rows.map(BreakdownRowDto.from),
    };
  }

  @Get('advocates')
  @Roles('analyst', 'admin')
  @ApiOperation({
    summary: 'Top advocates of a period, by clicks earned or by shares',
    description: `Enrolled, active employees with a share or a click in the period; people who left the programme are never ranked. Names in full or as initials, as the admins set. ${PERIOD_HELP}`,
  })
  @ApiOkResponse({ type: AnalyticsAdvocatesDto })
  async advocates(
    @Query() query: AdvocatesQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnalyticsAdvocatesDto | StreamableFile> {
    const scope = await this.analytics.scope(query, user.roles);
    const csv = query.format === 'csv';
    const { rows, total, names } = await this.analytics.advocates(
      scope,
      query.rank,
      csv ? null : query.limit,
    );
    if (csv) return download(advocatesCsv(scope, query.rank, rows));
    return {
      scope: AnalyticsScopeDto.from(scope),
      rank: query.rank,
      names,
      total,
      rows: rows.map(AdvocateRowDto.from),
    };
  }
}
