package concord.dsl.ide.refusal;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * An editor's request the language server turns down, with a sentence the editor shows as it is
 * (LSP's "request failed"): a rename to a name in use, or a rename or format of text that does not
 * parse, whose model the change serializer and the formatter cannot write without losing words.
 */
public final class EditRefusal {

	private EditRefusal() {
	}

	/** The refusal to send back, saying {@code why}. */
	public static ResponseErrorException because(String why) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, why, null));
	}

	/**
	 * Refuses {@code what} ("rename", "format") while the text has a syntax error, naming the first one's line and column.
	 *
	 * @throws ResponseErrorException if the spec has a syntax error
	 */
	public static void unlessParsed(XtextResource resource, String what) {
		if (resource.getParseResult() == null) {
			throw because("Cannot " + what + " a spec that has not been read");
		}
		if (!resource.getParseResult().hasSyntaxErrors()) {
			return;
		}
		INode first = resource.getParseResult().getSyntaxErrors().iterator().next();
		LineAndColumn at = NodeModelUtils.getLineAndColumn(first, first.getOffset());
		throw because("Cannot " + what + " while the spec has a syntax error (line " + at.getLine() + ", column "
				+ at.getColumn() + "); fix it first");
	}
}
