# --format html: one page with the viewport meta, headings and tables (the
# 8 runs of basic.csv are too few for the model's terms, trend and previous
# pain: "not enough runs ... to fit the model")
$ runlog analyze tests/data/basic.csv --format html --no-charts > $T/r.html && head -5 $T/r.html && grep -E '^<(title|h1|h2|tr|li|p|/)' $T/r.html
> <!DOCTYPE html>
> <html lang="en">
> <head>
> <meta charset="utf-8">
> <meta name="viewport" content="width=device-width, initial-scale=1">
> <title>runlog: tests/data/basic.csv</title>
> </style>
> </head>
> <h1>runlog: tests/data/basic.csv</h1>
> <p>read as a runlog log: 9 runs, 1 strength session</p>
> <p>2025-03-01 to 2025-03-12 (12 days): 9 runs, 9 scored, mean pain 2.8</p>
> <p>1 strength-only day</p>
> <h2>What goes with your back pain</h2>
> <li><span class="tag tag-insufficient">insufficient</span>Too few runs to judge yet: 3 runs on the third consecutive day or later against 4 runs after a rest day (at least 5 of each and 20 scored runs are needed).</li>
> <li><span class="tag tag-insufficient">insufficient</span>Too few runs to judge yet: 3 runs without a meal before them against 6 runs with a meal before them (at least 5 of each and 20 scored runs are needed).</li>
> <li><span class="tag tag-insufficient">insufficient</span>Too few runs to judge yet: 2 runs after a skipped post-run meal against 6 runs after an eaten post-run meal (at least 5 of each and 20 scored runs are needed).</li>
> <li><span class="tag tag-insufficient">insufficient</span>Too few runs to judge yet: 4 runs with no strength session in the 7 days before against 5 runs with a strength session in the 7 days before (at least 5 of each and 20 scored runs are needed).</li>
> <li><span class="tag tag-insufficient">insufficient</span>Too few runs to judge yet: 0 runs after a jump in distance (the last 7 days at 1.3 times the 28-day average or more) against 0 runs without such a jump (at least 5 of each and 20 scored runs are needed).</li>
> <li><span class="tag tag-insufficient">insufficient</span>Too few runs to judge yet: no scored run can say whether it was a long run (that needs its distance and 30 days of log with distances before it).</li>
> </ol>
> <p>Note: Pain of 4 or more came on 3 of 9 scored runs, and this log does not show what goes with it. General advice from the article, not a finding from your log: it holds weak back muscles to be the main cause of this ache, and suggests you strengthen — build up the back muscles with pull-ups, reverse dumbbell flys and deadlifts.</p>
> <h2>Pain by consecutive running days</h2>
> <tr><th class="r">days</th><th class="r">runs</th><th class="r">mean pain</th><th>95% CI</th></tr>
> <tr><td class="r">1</td><td class="r">4</td><td class="r">1.4</td><td>0.6 to 2.1</td></tr>
> <tr><td class="r">2</td><td class="r">2</td><td class="r">2.5</td><td>0.0 (clipped) to 8.9</td></tr>
> <tr><td class="r">3</td><td class="r">2</td><td class="r">4.5</td><td>0.0 (clipped) to 10.0 (clipped)</td></tr>
> <tr><td class="r">4</td><td class="r">1</td><td class="r">6.0</td><td>-</td></tr>
> <tr><td class="r">5</td><td class="r">0</td><td class="r">-</td><td>-</td></tr>
> <tr><td class="r">6</td><td class="r">0</td><td class="r">-</td><td>-</td></tr>
> <tr><td class="r">7+</td><td class="r">0</td><td class="r">-</td><td>-</td></tr>
> </table></div>
> <p>Pearson r 0.96 (95% CI 0.82 to 0.99, p &lt;0.001)</p>
> <p>Spearman rho 0.93 (95% CI 0.70 to 0.99, p 0.005)</p>
> <h2>Pain with and without each factor</h2>
> <tr><th>factor</th><th class="r">runs</th><th class="r">pain</th><th class="r">base</th><th class="r">pain</th><th class="r">diff</th><th>95% CI</th><th class="r">p</th></tr>
> <tr><td data-label="factor">3+ days in a row</td><td data-label="runs" class="r">3</td><td data-label="pain" class="r">5.0</td><td data-label="base" class="r">4</td><td data-label="pain" class="r">1.4</td><td data-label="diff" class="r">3.6</td><td data-label="95% CI">0.7 to 6.5</td><td data-label="p" class="r">0.033</td></tr>
> <tr><td data-label="factor">skipped meal before</td><td data-label="runs" class="r">3</td><td data-label="pain" class="r">4.0</td><td data-label="base" class="r">6</td><td data-label="pain" class="r">2.2</td><td data-label="diff" class="r">1.8</td><td data-label="95% CI">-1.7 to 5.2</td><td data-label="p" class="r">0.161</td></tr>
> <tr><td data-label="factor">skipped meal after prev</td><td data-label="runs" class="r">2</td><td data-label="pain" class="r">5.0</td><td data-label="base" class="r">6</td><td data-label="pain" class="r">2.4</td><td data-label="diff" class="r">2.6</td><td data-label="95% CI">-3.0 to 8.1</td><td data-label="p" class="r">0.183</td></tr>
> <tr><td data-label="factor">no strength in 7 days</td><td data-label="runs" class="r">4</td><td data-label="pain" class="r">2.0</td><td data-label="base" class="r">5</td><td data-label="pain" class="r">3.5</td><td data-label="diff" class="r">-1.5</td><td data-label="95% CI">-4.0 to 1.0</td><td data-label="p" class="r">0.122</td></tr>
> <tr><td data-label="factor">jump in distance</td><td data-label="runs" class="r">0</td><td data-label="pain" class="r">-</td><td data-label="base" class="r">0</td><td data-label="pain" class="r">-</td><td data-label="diff" class="r">-</td><td data-label="95% CI">-</td><td data-label="p" class="r">-</td></tr>
> <tr><td data-label="factor">long run</td><td data-label="runs" class="r">0</td><td data-label="pain" class="r">-</td><td data-label="base" class="r">0</td><td data-label="pain" class="r">-</td><td data-label="diff" class="r">-</td><td data-label="95% CI">-</td><td data-label="p" class="r">-</td></tr>
> </table></div>
> <p>runs and pain: the runs with the factor and their mean pain; base and pain: the runs to compare with (after a rest day, meals eaten, a strength session in the 7 days before); diff: the first mean minus the second.</p>
> <p>The CIs and p here, and p above, allow for runs in one week being alike.</p>
> <h2>Each factor with the others held fixed</h2>
> <p>Not enough runs with every factor known (8) to fit the model.</p>
> <p class="note"><strong>Caution:</strong> runlog finds patterns in your log; it does not diagnose. Sharp pain, or pain that lasts for days, needs a doctor or a physiotherapist.</p>
> </body>
> </html>
