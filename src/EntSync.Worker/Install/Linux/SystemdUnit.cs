using EntSync.Worker.Hosting;

namespace EntSync.Worker.Install.Linux;

/// <summary>
/// The systemd unit (DEPENDENCIES.md §3.5). Type=simple: the host handles SIGTERM itself and exits 0 after a graceful
/// stop. The hardening makes the whole file system read-only for the service except its data and log folders; a local
/// drop folder the service must move or delete files in is added with a drop-in (README: systemctl edit entsync).
/// </summary>
internal static class SystemdUnit
{
    /// <summary>Above the host's shutdown timeout, so systemd never kills a sync that is finishing.</summary>
    public static TimeSpan StopTimeout => ServiceHost.ShutdownTimeout + TimeSpan.FromSeconds(30);

    public static string Render(LinuxLayout layout) => $"""
        # Écrit par « entsync service install » ; réécrit à chaque mise à jour. Pour ajouter un réglage (par exemple un
        # dossier de dépôt que le service doit pouvoir modifier), utilisez « systemctl edit entsync » plutôt que ce fichier.
        [Unit]
        Description=EntSync : contrôle et relais des exports SIECLE, STS-Web et emploi du temps
        Wants=network-online.target
        After=network-online.target

        [Service]
        Type=simple
        User={layout.User}
        Group={layout.User}
        ExecStart={layout.Executable} run --config {layout.ConfigFile}
        WorkingDirectory={layout.DataFolder}
        Environment=DOTNET_ENVIRONMENT=Production
        Restart=on-failure
        RestartSec=60
        TimeoutStopSec={(int)StopTimeout.TotalSeconds}
        KillSignal=SIGTERM
        UMask=0027
        ProtectSystem=strict
        ReadWritePaths={layout.DataFolder} {layout.LogsFolder}
        NoNewPrivileges=true
        PrivateTmp=true
        PrivateDevices=true
        ProtectKernelTunables=true
        ProtectKernelModules=true
        ProtectControlGroups=true
        RestrictSUIDSGID=true
        LockPersonality=true

        [Install]
        WantedBy=multi-user.target

        """;
}
