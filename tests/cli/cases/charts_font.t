# the smooth PNGs name Liberation Sans (Helvetica's metrics, which libplot
# lays text out with); fontconfig must find that family itself, not a
# stand-in, or the labels would not fit the layout
$ fc-match -f '%{family[0]}\n' 'Liberation Sans'
> Liberation Sans
