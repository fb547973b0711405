package concord.cli.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import concord.cli.exit.InputError;
import concord.model.ConcordModel;

/**
 * Renders a loaded spec in another format, in memory; the caller writes the bytes atomically, so a
 * failure here never leaves a partial file behind.
 */
public final class SpecWriter {

	private final SpecWorkspace workspace;

	public SpecWriter(SpecWorkspace workspace) {
		this.workspace = workspace;
	}

	public byte[] write(LoadedSpec spec, SpecFormat format, Path destination) {
		if (format == SpecFormat.PARTNERSHIP) {
			try {
				return workspace.text().write(spec.resource().getContents(), destination).getBytes(StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new InputError(destination + ": cannot write the model as partnership text (" + e.getMessage() + ")", e);
			}
		}
		Resource target = spec.resource().getResourceSet().createResource(ConcordModel.fileUri(destination));
		try {
			target.getContents().addAll(EcoreUtil.copyAll(spec.resource().getContents()));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			target.save(bytes, null);
			return bytes.toByteArray();
		} catch (IOException | RuntimeException e) {
			throw new InputError(destination + ": cannot render the model as " + format.word() + " (" + e.getMessage() + ")", e);
		} finally {
			target.getResourceSet().getResources().remove(target);
		}
	}
}
