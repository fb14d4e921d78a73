// The behaviour every page has, as one module: theme switch, contents tracking, back to top,
// language switch, search dialog, progress badges, term links, code copy buttons, printing.
import './themeToggle';
import './tocTracker';
import './cssFallbacks';
import './languageSwitch';
import './searchDialog';
import './progressBadges';
import './termLinks';
import './codeCopy';
