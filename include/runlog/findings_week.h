/* findings_week.h - what happened in one week, tied to the remedies.
 *
 * Fourth stage, for runlog weekly: the week's runs and numbers become a
 * few plain sentences, each with the remedy it calls for, and one top
 * remedy for the week.
 */
#ifndef RUNLOG_FINDINGS_WEEK_H
#define RUNLOG_FINDINGS_WEEK_H

#include <stddef.h>

#include "runlog/features.h"
#include "runlog/findings.h"
#include "runlog/stats.h"

#define FINDINGS_WEEK_EVENTS 6

struct findings_event {
	int has_remedy;
	enum findings_remedy remedy;
	char message[480];
};

struct findings_week {
	struct findings_event ev[FINDINGS_WEEK_EVENTS];
	size_t n;
	int has_top;               /* a remedy for the week */
	int top_from_log;          /* chosen from the whole log, not the week */
	int top_general;           /* the article's general advice for frequent
	                              pain the log does not explain */
	enum findings_remedy top;
};

/* The week's events, each with the article's advice to try, except for a
 * factor that the whole log (log_fd) found the other way round (opposite),
 * whose event suggests nothing. The top remedy is the week's event whose
 * remedy the whole log ranks highest with moderate or strong evidence of
 * more pain (findings_explains), else the week's first event with a
 * remedy, else the log's top finding (findings_top), else, when the log
 * has frequent pain it does not explain, strengthen as general advice. A
 * week with no runs has no events and no top remedy. */
void findings_week_build(const struct features *f, const struct stats_week_report *w,
			 const struct findings *log_fd, struct findings_week *out);

/* The remedy in one short imperative ("Rest: run every other day."). */
const char *findings_week_advice(enum findings_remedy r);

#endif
