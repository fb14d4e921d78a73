// The behaviour every page has, as one module: theme switch, menu, contents tracking, back to top,
// language switch, search dialog, progress badges, term links, printing.
import './themeToggle';
import './siteMenu';
import './tocTracker';
import './backToTop';
import './languageSwitch';
import './searchDialog';
import './progressBadges';
import './termLinks';
import './printDetails';
