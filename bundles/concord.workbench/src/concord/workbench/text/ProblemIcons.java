package concord.workbench.text;

import java.util.Map;

import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.application.IWorkbenchConfigurer;

/**
 * The severity icons of the Problems view and of marker rows. The IDE declares them in its own workbench
 * advisor, which an RCP product does not run: without them Problems shows a red square for every error,
 * warning and info. The names are the IDE's (its IDEInternalWorkbenchImages keys), the pictures its own.
 */
public final class ProblemIcons {

	private static final String IDE = "org.eclipse.ui.ide";

	/** The IDE's image keys and where the IDE keeps each picture. */
	private static final Map<String, String> ICONS = Map.of(
			"IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png",
			"IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png",
			"IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png",
			"IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.png",
			"IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.png",
			"IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.png",
			"IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.png",
			"IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.png",
			"IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.png");

	private ProblemIcons() {
	}

	/** Declares the icons with the workbench (from the advisor's initialize, before any view is drawn). */
	public static void declare(IWorkbenchConfigurer configurer) {
		ICONS.forEach((key, path) -> ResourceLocator.imageDescriptorFromBundle(IDE, path)
				.ifPresent(icon -> configurer.declareImage(key, icon, true)));
	}
}
