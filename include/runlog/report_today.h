/* report_today.h - runlog today's answer as text or JSON (report stage).
 *
 * The text is a few lines for a morning mail (wrapped at 78 columns): the
 * day, the run today as the model sees it, the distance of the last 7 and
 * 28 days, the two expected pains with their 95% prediction intervals,
 * and the advice. The JSON is one object, {"today": {...}} (README).
 */
#ifndef RUNLOG_REPORT_TODAY_H
#define RUNLOG_REPORT_TODAY_H

#include <stdio.h>

#include "runlog/doc.h"
#include "runlog/today.h"

/* t as a doc (see doc.h); athlete: the runner's name, or NULL. */
void report_today_doc(const struct today *t, const char *athlete, struct doc *d);

/* t as JSON on out; athlete as above. */
void report_today_json(FILE *out, const struct today *t, const char *athlete);

#endif
