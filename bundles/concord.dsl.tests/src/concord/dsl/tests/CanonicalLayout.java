package concord.dsl.tests;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.util.ParseHelper;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.model.partnership.PartnershipModel;

/** Formats a spec's text the way {@code concord format} and the editors do. */
class CanonicalLayout {

	@Inject
	private ParseHelper<PartnershipModel> parser;
	@Inject
	private Provider<IFormatter2> formatters;
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private TextRegionAccessBuilder regionAccess;

	String format(String text) throws Exception {
		XtextResource resource = (XtextResource) parser.parse(text).eResource();
		ITextRegionAccess regions = regionAccess.forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
