#!/usr/bin/python3
# make_club.py: writes club.csv, the 12-athlete club log of the roster
# cases (tests/cli/cases/roster_*.t). Runs on Monday, Wednesday, Friday and
# Sunday of the 13 ISO weeks 2025-W10 to 2025-W22; each week's runs have
# the pains base - 0.5, base, base + 0.5, base, so the week's mean pain is
# its base. The roster of 2025-W22 should flag:
#   Ann, Gus, Hal, Ida, Jon  none (base 1.5 every week)
#   Fay     none, but her pain is 4 after no meal before the run and 1
#           after one: her top remedy is eat
#   Ben     high_pain (base 5 every week: 4 or more, typical for him)
#   Cara    high_pain, rising (base 1, then 1 to 4.5 over the last 8 weeks)
#   Dev     rising (base 1 to W18, then 2.5, 3, 3.5, 2: typical, under 4)
#   Eve     stale (no run after 2025-05-10)
#   Kim     high_pain (base 1, this week 2.5: above her usual, under 4)
#   the hostile name (markup, quotes, a comma, an escape) high_pain (base 6)
import datetime

HOSTILE = '<b>Zed</b> & "Jo", \x1b[2J'
FIRST = datetime.date(2025, 3, 3)  # Monday of 2025-W10
WEEKS = 13


def base(name, w):
    """The week's mean pain for athlete name in week w (0 = 2025-W10)."""
    if name == 'Ben':
        return 5.0
    if name == HOSTILE:
        return 6.0
    if name == 'Cara':
        return 1.0 if w < 5 else 1.0 + 0.5 * (w - 5)
    if name == 'Dev':
        return [2.5, 3.0, 3.5, 2.0][w - 9] if w >= 9 else 1.0
    if name == 'Kim':
        return 2.5 if w == WEEKS - 1 else 1.0
    return 1.5


def main():
    names = ['Ann', 'Ben', 'Cara', 'Dev', 'Eve', HOSTILE, 'Fay', 'Gus', 'Hal', 'Ida', 'Jon', 'Kim']
    rows = ['athlete,date,distance_km,pain,ate_before']
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"' if any(c in name for c in ',"') else name
        for w in range(WEEKS):
            for i, day in enumerate((0, 2, 4, 6)):
                date = FIRST + datetime.timedelta(days=7 * w + day)
                if name == 'Eve' and date > datetime.date(2025, 5, 10):
                    continue
                pain = base(name, w) + (-0.5, 0, 0.5, 0)[i]
                ate = (w + i) % 3 != 0
                if name == 'Fay':
                    pain += -0.5 if ate else 2.5  # a run on an empty stomach hurts
                km = 8 + i
                rows.append('%s,%s,%d,%g,%s' % (quoted, date.isoformat(), km, pain,
                                                 'yes' if ate else 'no'))
    with open('club.csv', 'w', newline='') as f:
        f.write('\n'.join(rows) + '\n')


main()
