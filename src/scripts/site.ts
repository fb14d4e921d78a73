// The behaviour every page has, as one module: theme switch, search dialog, progress badges.
import './themeToggle';
import './searchDialog';
import './progressBadges';
import './termLinks';
