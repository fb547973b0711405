package concord.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Problems view shows Concord's warnings and infos with the IDE's severity icons (a yellow triangle, a
 * blue "i"), not the red square SWT draws for a missing picture; compared pixel by pixel under Xvfb.
 */
class ProblemIconsTest {

	private IFile file;

	@AfterEach
	void delete() throws Exception {
		HubProject.delete(file);
	}

	@Test
	void problemsShowsTheSeverityIconOfEachGroup() throws Exception {
		file = HubProject.create("icons");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Tree tree = treeOf((Control) problems.getSite().getService(MPart.class).getWidget());
		UiWait.until(() -> row(tree, "Warnings").isPresent() && row(tree, "Infos").isPresent(), "Problems lists the hub's warnings and infos");

		UiWait.until(() -> looksLike(row(tree, "Warnings").get().getImage(), "warn_tsk.png"), "the warnings show the warning icon");
		UiWait.until(() -> looksLike(row(tree, "Infos").get().getImage(), "info_tsk.png"), "the infos show the info icon");
		assertFalse(looksLike(row(tree, "Warnings").get().getImage(), ImageDescriptor.getMissingImageDescriptor()), "not the missing picture");
	}

	private static Optional<TreeItem> row(Tree tree, String group) {
		return Arrays.stream(tree.getItems()).filter(item -> item.getText().startsWith(group)).findFirst();
	}

	private static boolean looksLike(Image shown, String ideIcon) {
		return looksLike(shown, ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui.ide", "icons/full/obj16/" + ideIcon).orElseThrow());
	}

	/** Whether {@code shown} has the pixels of {@code icon}: the same size, colours and transparency. */
	private static boolean looksLike(Image shown, ImageDescriptor icon) {
		if (shown == null) {
			return false;
		}
		ImageData seen = shown.getImageData();
		ImageData expected = icon.getImageData(100);
		if (seen.width != expected.width || seen.height != expected.height) {
			return false;
		}
		for (int x = 0; x < seen.width; x++) {
			for (int y = 0; y < seen.height; y++) {
				boolean seenClear = seen.getAlpha(x, y) < 128 || seen.transparentPixel == seen.getPixel(x, y);
				boolean expectedClear = expected.getAlpha(x, y) < 128 || expected.transparentPixel == expected.getPixel(x, y);
				if (seenClear != expectedClear
						|| !seenClear && !seen.palette.getRGB(seen.getPixel(x, y)).equals(expected.palette.getRGB(expected.getPixel(x, y)))) {
					return false;
				}
			}
		}
		return true;
	}

	private static Tree treeOf(Control control) {
		if (control instanceof Tree tree) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = treeOf(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
