using EntSync.Infrastructure.Sources.Sftp;

namespace EntSync.Infrastructure.Tests.Sources.Sftp;

public sealed class SftpCommandsTests
{
    [Theory]
    [InlineData("a b.xml", "\"./a b.xml\"")]
    [InlineData("-lead.xml", "\"./-lead.xml\"")]
    [InlineData("des \"guillemets\".xml", "\"./des \\\"guillemets\\\".xml\"")]
    [InlineData(@"barre\oblique.xml", "\"./barre\\\\oblique.xml\"")]
    [InlineData("glob [1]*?.xml", "\"./glob [1]*?.xml\"")]
    [InlineData("l'élève.xml", "\"./l'élève.xml\"")]
    public void Remove_Name_QuotedWithOnlyQuoteAndBackslashEscaped(string name, string quoted)
    {
        Assert.Equal($"rm {quoted}", SftpCommands.Remove(name));
    }

    [Fact]
    public void RenameNoOverwrite_UsesTheProtocolRenameThatRefusesToReplace()
    {
        Assert.Equal("rename -l \"./a.xml\" \"./traites/20261005T180211_a.xml\"", SftpCommands.RenameNoOverwrite("a.xml", "traites/20261005T180211_a.xml"));
    }

    [Fact]
    public void Cd_AbsoluteWindowsLikePath_BackslashesEscaped()
    {
        Assert.Equal("cd \"C:\\\\depot\"", SftpCommands.Cd(@"C:\depot"));
    }

    [Theory]
    [InlineData("ligne\ncoupée.xml")]
    [InlineData("retour\r.xml")]
    public void Quote_NameWithALineBreak_Refused(string name)
    {
        Assert.False(SftpCommands.IsRepresentable(name));
        Assert.Throws<ArgumentException>(() => SftpCommands.Quote(name));
    }
}
