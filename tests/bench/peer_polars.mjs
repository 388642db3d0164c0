// make bench: the cohort analysis in Polars (nodejs-polars 0.25.2), the
// speed peer beside ../shared/bench/peer_pandas.py, step for step:
// read the log with its dates, sort by athlete and date, number each
// athlete's consecutive days (streak), join the streak back to the runs,
// a pre-run meal skipped (not yes/true/1/y) and the previous run's
// post-run meal skipped (the run before of the same athlete, at any gap);
// then count, mean and standard deviation of pain by streak (7 = 7 or
// more), by the skipped pre-run meal, by the previous run's skipped
// post-run meal, and the Pearson and Spearman correlations of pain with
// streak. It prints them as JSON, which tests/bench/agree.py reads.
//
// usage: node peer_polars.mjs cohort.csv
// (nodejs-polars where node finds it: make bench installs it into
// build/bench/node_modules and runs a copy of this file from there)
import pl from 'nodejs-polars';

const col = pl.col;
const ate = (name) => col(name).cast(pl.Utf8).str.toLowerCase().isIn(['yes', 'true', '1', 'y']);

let df = pl.readCSV(process.argv[2], { tryParseDates: true });
df = df.withColumns(col('date').cast(pl.Date)).sort(['athlete', 'date'], false, true, true);
let days = df.select('athlete', 'date').unique(['athlete', 'date'], 'first', true);
days = days.withColumns(
  col('athlete').neq(col('athlete').shift(1)).fillNull(true)
    .or(col('date').cast(pl.Int32).diff(1, 'ignore').neq(1).fillNull(true))
    .cast(pl.Int32).cumSum().alias('grp'));
days = days.withColumns(pl.intRange(0, pl.len()).over('grp').add(1).alias('streak')).drop('grp');
df = df.join(days, { on: ['athlete', 'date'] });
df = df.withColumns(
  ate('ate_before').not().alias('skip_before'),
  ate('ate_after').not().shift(1).over('athlete').alias('skip_after_prev'));

const stats = [col('pain').count().alias('count'), col('pain').mean().alias('mean'),
  col('pain').std().alias('std')];
const by = (d, key) => d.groupBy(key).agg(...stats).sort(key).toRecords();
const scored = df.filter(col('pain').isNotNull());
const corr = scored.select(pl.pearsonCorr('pain', 'streak').alias('pearson'),
  pl.spearmanRankCorr('pain', 'streak').alias('spearman')).toRecords()[0];
console.log(JSON.stringify({
  streak: by(df.withColumns(col('streak').clip(1, 7)), 'streak'),
  skip_before: by(df, 'skip_before'),
  skip_after_prev: by(df.filter(col('skip_after_prev').isNotNull()), 'skip_after_prev'),
  pearson: corr.pearson,
  spearman: corr.spearman,
}, (k, v) => (typeof v === 'bigint' ? Number(v) : v)));
