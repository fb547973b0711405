package concord.workbench.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import concord.model.catalogue.LiteralDoc;
import concord.workbench.language.PartnershipLanguage;

/**
 * The Properties of a model element, read from the model: its values under the source's labels, with
 * their definitions as descriptions. Where the selection comes from an editor that can write the spec
 * (the text editor), single text, yes/no and enumeration values can be changed here; the change goes
 * through that editor, so the text stays the truth. Lists and links are shown and edited in the text or
 * the map.
 */
public final class ElementProperties implements IPropertySource {

	/** Writes a new value of one feature of the element into the spec. */
	@FunctionalInterface
	public interface ValueChange {
		void set(EStructuralFeature feature, Object value);
	}

	private static final String VALUES = "Values";
	private static final String LINKS = "Links";
	private static final String[] YES_NO = { "no", "yes" };

	private final EObject element;
	private final ValueChange change;

	/** @param change how values are written, or null where they are only shown */
	public ElementProperties(EObject element, ValueChange change) {
		this.element = element;
		this.change = change;
	}

	@Override
	public Object getEditableValue() {
		return element;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && reference.isContainment()) {
				continue; // contained elements are the Outline's children
			}
			PropertyDescriptor descriptor = change == null ? new PropertyDescriptor(feature, label(feature)) : descriptor(feature);
			descriptor.setCategory(feature instanceof EReference ? LINKS : VALUES);
			// the status line shows what the value means: the source's definition, else the model's documentation
			String definition = LiteralDoc.of(feature).definition();
			descriptor.setDescription(definition.isEmpty() ? EcoreUtil.getDocumentation(feature) : definition);
			descriptors.add(descriptor);
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	/** The feature's label from the model, else its name in words ("legitimacyBasis" is "legitimacy basis"). */
	private static String label(EStructuralFeature feature) {
		String label = LiteralDoc.of(feature).label();
		return label.equals(feature.getName()) ? label.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) : label;
	}

	private static PropertyDescriptor descriptor(EStructuralFeature feature) {
		String label = label(feature);
		if (feature.isMany() || feature instanceof EReference || !feature.isChangeable()) {
			return new PropertyDescriptor(feature, label);
		}
		if (feature.getEType() instanceof EEnum values) {
			return new ComboBoxPropertyDescriptor(feature, label, labels(values));
		}
		if (isBoolean((EAttribute) feature)) {
			return new ComboBoxPropertyDescriptor(feature, label, YES_NO);
		}
		if (feature.getEType() == EcorePackage.Literals.ESTRING) {
			return new TextPropertyDescriptor(feature, label);
		}
		return new PropertyDescriptor(feature, label);
	}

	private static String[] labels(EEnum values) {
		return values.getELiterals().stream().map(literal -> LiteralDoc.of(literal).label()).toArray(String[]::new);
	}

	private static boolean isBooleanFeature(EStructuralFeature feature) {
		return feature instanceof EAttribute attribute && !feature.isMany() && feature.isChangeable() && isBoolean(attribute);
	}

	private static boolean isBoolean(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	@Override
	public Object getPropertyValue(Object id) {
		EStructuralFeature feature = (EStructuralFeature) id;
		Object value = element.eGet(feature);
		boolean choice = change != null && (feature.getEType() instanceof EEnum || isBooleanFeature(feature));
		if (feature.isUnsettable() && !element.eIsSet(feature)) {
			// not written in the spec: show nothing rather than the model's default
			return choice ? -1 : "";
		}
		if (change != null && !feature.isMany() && feature.isChangeable() && !(feature instanceof EReference)) {
			if (feature.getEType() instanceof EEnum values) {
				// the combo's value is the index of the literal
				return values.getELiterals().indexOf(values.getEEnumLiteral(((Enumerator) value).getValue()));
			}
			if (isBoolean((EAttribute) feature)) {
				return Boolean.TRUE.equals(value) ? 1 : 0;
			}
			if (feature.getEType() == EcorePackage.Literals.ESTRING) {
				return value == null ? "" : value;
			}
		}
		return text(value);
	}

	private static String text(Object value) {
		if (value instanceof Collection<?> many) {
			return many.stream().map(ElementProperties::text).collect(Collectors.joining(", "));
		}
		if (value instanceof EObject element) {
			String name = PartnershipLanguage.get(DocumentSymbolNameProvider.class).getName(element);
			return name != null ? name : LiteralDoc.of(element.eClass()).label();
		}
		if (value instanceof Enumerator literal) {
			return LiteralDoc.of(literal).label();
		}
		if (value instanceof Boolean yes) {
			return yes ? YES_NO[1] : YES_NO[0];
		}
		return value == null ? "" : value.toString();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return element.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// values have no default to go back to other than what the spec says
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		EStructuralFeature feature = (EStructuralFeature) id;
		Object newValue;
		if (feature.getEType() instanceof EEnum values) {
			int index = (Integer) value;
			if (index < 0) {
				return;
			}
			EEnumLiteral literal = values.getELiterals().get(index);
			newValue = literal.getInstance();
		} else if (feature instanceof EAttribute attribute && isBoolean(attribute)) {
			newValue = Integer.valueOf(1).equals(value);
		} else {
			newValue = value;
		}
		if (newValue.equals(element.eGet(feature))) {
			return;
		}
		change.set(feature, newValue);
	}
}
