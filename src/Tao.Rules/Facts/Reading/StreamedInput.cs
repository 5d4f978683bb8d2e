using System.Text;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Facts.Reading;

/// <summary>Advances a streamed reader, turning bad bytes and I/O failures into TAO6001 instead of exceptions.</summary>
internal static class StreamedInput
{
    public static bool TryAdvance(Func<bool> advance, FactDiagnostics diagnostics, Func<FactPosition> where)
    {
        try
        {
            return advance();
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFacts, where(), "the file is not valid UTF-8 text; reading stops here");
            return false;
        }
        catch (IOException e)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFacts, where(), e.Message);
            return false;
        }
    }
}
