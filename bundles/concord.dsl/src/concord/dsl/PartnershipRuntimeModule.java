package concord.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import concord.dsl.conversion.PartnershipValueConverters;
import concord.dsl.formatting2.PartnershipFormatter;
import concord.dsl.linking.PartnershipLinkingMessages;
import concord.dsl.naming.PartnershipNameConverter;
import concord.dsl.naming.PartnershipQualifiedNames;
import concord.dsl.parser.PartnershipSyntaxErrors;
import concord.dsl.resource.ElementFragments;
import concord.dsl.resource.PartnershipTextResource;
import concord.dsl.scoping.ContainerScopes;
import concord.dsl.serializer.LinkedNameSerializer;

/** Binds Concord's services into the language; every binding is one concern of its own class. */
public class PartnershipRuntimeModule extends AbstractPartnershipRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PartnershipValueConverters.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return PartnershipNameConverter.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PartnershipQualifiedNames.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PartnershipSyntaxErrors.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return PartnershipFormatter.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PartnershipTextResource.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PartnershipLinkingMessages.class;
	}

	@Override
	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return ElementFragments.class;
	}

	public Class<? extends ICrossReferenceSerializer> bindICrossReferenceSerializer() {
		return LinkedNameSerializer.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(ContainerScopes.class);
	}
}
