/** The archive grouped the ways readers browse it: by region, topic and series. Newest first within each group. */
import type { Archive, Article, Issue, Series, Topic } from './model.ts';
import type { Region } from './regions.ts';

export interface Entry {
  article: Article;
  issue: Issue;
}

export interface RegionGroup {
  region: Region;
  entries: Entry[];
}

export interface CityGroup extends RegionGroup {
  /** Articles of the city itself and of all its counties. */
  total: number;
  counties: RegionGroup[];
}

/** Every article with its issue, newest issue first, then in issue order. */
export function entries(archive: Archive): Entry[] {
  return [...archive.issues].reverse().flatMap((issue) => issue.articles.map((article) => ({ article, issue })));
}

/** All 省辖市 (with or without articles), each with its counties; the province-wide entry first when it has articles. */
export function regionTree(archive: Archive): { province: RegionGroup; cities: CityGroup[] } {
  const all = entries(archive);
  const of = (region: Region) => all.filter((e) => e.article.region.code === region.code);
  const cities = archive.regions.cities.map((city) => {
    const counties = archive.regions.countiesOf(city.code).map((region) => ({ region, entries: of(region) }));
    const own = of(city);
    return { region: city, entries: own, counties, total: own.length + counties.reduce((n, c) => n + c.entries.length, 0) };
  });
  return { province: { region: archive.regions.province, entries: of(archive.regions.province) }, cities };
}

/** Articles of a region page: a city's own and its counties', or a county's. */
export function regionEntries(archive: Archive, region: Region): Entry[] {
  return entries(archive).filter((e) => e.article.region.code === region.code || (region.level === 'city' && e.article.region.cityCode === region.code));
}

export function topicGroups(archive: Archive): { topic: Topic; entries: Entry[] }[] {
  const all = entries(archive);
  return archive.topics.map((topic) => ({ topic, entries: all.filter((e) => e.article.topics.some((t) => t.id === topic.id)) }));
}

/** Each series with its issues in part order. */
export function seriesGroups(archive: Archive): { series: Series; issues: Issue[] }[] {
  return archive.series.map((series) => ({
    series,
    issues: archive.issues.filter((i) => i.series?.series.id === series.id).sort((a, b) => a.series!.part - b.series!.part),
  }));
}
