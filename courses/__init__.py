"""The development programme and its courses: the short course, the one-year programme
and the cross-sector course, with their modules, sessions, materials and applications."""
