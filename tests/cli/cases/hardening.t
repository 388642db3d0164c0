# runlog is built hardened (Makefile's HARDEN): a PIE, full RELRO, the stack
# protector, fortified libc calls; stack clash protection where gcc's debug
# info records the flags (tests/hardening.sh reads all of it with readelf)
$ sh tests/hardening.sh runlog
~ runlog                               yes  full  yes    yes
