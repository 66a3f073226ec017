package geom

this file is not for linux and is never read
