#Requires -Version 5.1
<#
.SYNOPSIS
    Installe, met à jour ou désinstalle le service EntSync.

.DESCRIPTION
    À lancer en administrateur depuis le dossier publié (dotnet publish, profil win-x64) :
      - copie le programme dans -InstallFolder (par défaut %ProgramFiles%\EntSync) ;
      - crée -DataFolder (par défaut %ProgramData%\EntSync : configuration, données, journaux), réservé à SYSTEM,
        aux administrateurs et au compte du service ;
      - crée entsync.json depuis le modèle seulement s'il n'existe pas (une mise à jour garde la configuration) ;
      - crée ou met à jour le service (démarrage automatique différé, description, redémarrage après 1 minute,
        deux fois, y compris après un arrêt sur erreur), le démarre et affiche où sont la configuration et les journaux.
    -Uninstall arrête et supprime le service et le programme ; les données restent, sauf avec -RemoveData.
    -WhatIf affiche chaque action sans la faire.
    Sous Linux (PowerShell 7), le script passe la main à « sudo ./entsync service install|uninstall ».

.PARAMETER Uninstall
    Arrête et supprime le service et le dossier du programme.

.PARAMETER RemoveData
    Avec -Uninstall : supprime aussi le dossier de données (configuration, base, archives, journaux, secrets).

.PARAMETER ServiceAccount
    Compte du service. Par défaut le compte virtuel « NT SERVICE\EntSync » (aucun mot de passe). Un compte de
    service géré (gMSA) s'écrit DOMAINE\nom$ ; un compte ordinaire demande -ServiceAccountPassword.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File .\install-service.ps1

.EXAMPLE
    .\install-service.ps1 -WhatIf

.EXAMPLE
    .\install-service.ps1 -Uninstall -RemoveData
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [switch]$Uninstall,
    [switch]$RemoveData,
    [string]$ServiceAccount = 'NT SERVICE\EntSync',
    [securestring]$ServiceAccountPassword,
    [string]$InstallFolder = '',   # vide : %ProgramFiles%\EntSync (calculé plus bas : ces variables n'existent pas sous Linux)
    [string]$DataFolder = '',      # vide : %ProgramData%\EntSync
    [string]$ServiceName = 'EntSync'
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$script:Cmdlet = $PSCmdlet
$Description = 'EntSync : collecte et contrôle des exports SIECLE, STS-Web et emploi du temps, relais vers l''ENT et rapport quotidien.'

function Test-Step([string]$Target, [string]$Action) {
    return $script:Cmdlet.ShouldProcess($Target, $Action)
}

# A native program's failure stops the script with its output. 'Continue' here: under 'Stop', Windows PowerShell 5.1
# turns any line a native program writes on stderr into a terminating error, even when it succeeds.
function Invoke-Native([string]$Target, [string]$Action, [string]$Program, [string[]]$Arguments) {
    if (Test-Step $Target $Action) {
        $ErrorActionPreference = 'Continue'
        $output = & $Program @Arguments 2>&1 | Out-String
        if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') a échoué (code $LASTEXITCODE) : $output" }
    }
}

function Invoke-Sc([string]$Action, [string[]]$Arguments) {
    Invoke-Native $ServiceName $Action 'sc.exe' $Arguments
}

# Stops the service and waits for its process to end, so its files can be replaced or removed.
function Stop-EntSync([string]$Action) {
    $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='$ServiceName'"
    if ($null -eq $service -or $service.State -eq 'Stopped') { return }
    if (Test-Step $ServiceName $Action) {
        $processId = $service.ProcessId
        Stop-Service -Name $ServiceName -Force
        (Get-Service -Name $ServiceName).WaitForStatus('Stopped', [TimeSpan]::FromSeconds(90))
        if ($processId -gt 0) { Wait-Process -Id $processId -Timeout 60 -ErrorAction SilentlyContinue }
    }
}

function Test-SameFolder([string]$A, [string]$B) {
    return [IO.Path]::GetFullPath($A).TrimEnd('\', '/') -eq [IO.Path]::GetFullPath($B).TrimEnd('\', '/')
}

# ---- Linux (PowerShell 7): the program's own installer does the same steps --------------------------------------
if ([Environment]::OSVersion.Platform -eq [PlatformID]::Unix) {
    $entsync = Join-Path $PSScriptRoot 'entsync'
    $arguments = @('service')
    if ($Uninstall) { $arguments += 'uninstall' } else { $arguments += 'install' }
    if ($RemoveData) { $arguments += '--remove-data' }
    if ($WhatIfPreference) { $arguments += '--dry-run' }
    & $entsync @arguments
    exit $LASTEXITCODE
}

# ---- Windows -------------------------------------------------------------------------------------------------------
if (-not $InstallFolder) { $InstallFolder = Join-Path $env:ProgramFiles 'EntSync' }
if (-not $DataFolder) { $DataFolder = Join-Path $env:ProgramData 'EntSync' }
$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $WhatIfPreference -and -not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Lancez ce script dans une fenêtre PowerShell ouverte en tant qu''administrateur.'
}

$existing = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue
$configFile = Join-Path $DataFolder 'entsync.json'
$logsFolder = Join-Path $DataFolder 'logs'

if ($Uninstall) {
    if ($null -ne $existing) {
        Stop-EntSync 'Arrêt du service'
        Invoke-Sc 'Suppression du service' @('delete', $ServiceName)
    } else {
        Write-Host "Le service $ServiceName n'est pas installé."
    }

    if ((Test-Path -LiteralPath $InstallFolder) -and (Test-Step $InstallFolder 'Suppression du dossier du programme')) {
        Remove-Item -LiteralPath $InstallFolder -Recurse -Force
    }

    if ($RemoveData) {
        if ((Test-Path -LiteralPath $DataFolder) -and (Test-Step $DataFolder 'Suppression des données, de la configuration et des journaux')) {
            Remove-Item -LiteralPath $DataFolder -Recurse -Force
        }
    } else {
        Write-Host "Gardés : $DataFolder (configuration, données, journaux, secrets). -RemoveData les supprime."
    }
    return
}

$exe = Join-Path $PSScriptRoot 'entsync.exe'
$template = Join-Path $PSScriptRoot 'config\entsync.production.json'
if (-not (Test-Path -LiteralPath $exe) -or -not (Test-Path -LiteralPath $template)) {
    throw "Lancez ce script depuis le dossier publié d'EntSync (il doit contenir entsync.exe et config\entsync.production.json) : $PSScriptRoot"
}

# 1. Stop the running version (upgrade), then replace the program.
if ($null -ne $existing) { Stop-EntSync 'Arrêt du service pour la mise à jour' }

if (-not (Test-SameFolder $PSScriptRoot $InstallFolder)) {
    if (Test-Step $InstallFolder "Copie du programme depuis $PSScriptRoot (remplace la version installée)") {
        if (Test-Path -LiteralPath $InstallFolder) { Get-ChildItem -LiteralPath $InstallFolder -Force | Remove-Item -Recurse -Force }
        New-Item -ItemType Directory -Path $InstallFolder -Force | Out-Null
        Copy-Item -Path (Join-Path $PSScriptRoot '*') -Destination $InstallFolder -Recurse -Force
    }
}

# 2. Data folder and configuration: an existing entsync.json is never replaced.
if (Test-Step $DataFolder 'Création du dossier de données') {
    New-Item -ItemType Directory -Path $DataFolder -Force | Out-Null
}

if (Test-Path -LiteralPath $configFile) {
    Write-Host "Configuration existante gardée : $configFile"
} elseif (Test-Step $configFile 'Création de la configuration depuis le modèle entsync.production.json') {
    $text = [IO.File]::ReadAllText($template, [Text.Encoding]::UTF8)
    if (-not (Test-SameFolder $DataFolder (Join-Path $env:ProgramData 'EntSync'))) {
        # Data beside the configuration: "." is the file's own folder (relative paths start from there).
        $text = [Regex]::Replace($text, '("donnees"\s*:\s*\{[^}]*?"dossier"\s*:\s*)""', '$1"."')
    }
    [IO.File]::WriteAllText($configFile, $text, (New-Object Text.UTF8Encoding($false)))
}

if (Test-Step (Join-Path $DataFolder 'entsync.schema.json') 'Copie du schéma de la configuration (complétion dans l''éditeur)') {
    Copy-Item -LiteralPath (Join-Path $PSScriptRoot 'config\entsync.schema.json') -Destination (Join-Path $DataFolder 'entsync.schema.json') -Force
}

# 3. The service: created or updated, delayed automatic start, account, recovery actions.
$binaryPath = '"{0}" run --windows-service --config "{1}"' -f (Join-Path $InstallFolder 'entsync.exe'), $configFile
if ($null -eq $existing) {
    if (Test-Step $ServiceName "Création du service ($binaryPath)") {
        # New-Service passes the quoted path intact; sc.exe create would need quotes inside an argument, which
        # Windows PowerShell 5.1 mangles.
        New-Service -Name $ServiceName -BinaryPathName $binaryPath -DisplayName 'EntSync' -Description $Description -StartupType Automatic | Out-Null
    }
} elseif (Test-Step $ServiceName "Mise à jour du service ($binaryPath)") {
    $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='$ServiceName'"
    $changed = Invoke-CimMethod -InputObject $service -MethodName Change -Arguments @{ PathName = $binaryPath }
    if ($changed.ReturnValue -ne 0) { throw "Mise à jour du chemin du service refusée (code WMI $($changed.ReturnValue))." }
    Set-Service -Name $ServiceName -Description $Description
}

$account = @('config', $ServiceName, 'obj=', $ServiceAccount)
if ($null -ne $ServiceAccountPassword) {
    $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($ServiceAccountPassword))
    $account += @('password=', $plain)
}
Invoke-Sc "Compte du service : $ServiceAccount" $account
Invoke-Sc 'SID de service (droits du compte virtuel)' @('sidtype', $ServiceName, 'unrestricted')
Invoke-Sc 'Démarrage automatique différé' @('config', $ServiceName, 'start=', 'delayed-auto')
Invoke-Sc 'Redémarrage après 1 minute, deux fois (compteur remis à zéro après un jour)' @('failure', $ServiceName, 'reset=', '86400', 'actions=', 'restart/60000/restart/60000//0')
Invoke-Sc 'Redémarrage aussi après un arrêt sur erreur (code de sortie non nul)' @('failureflag', $ServiceName, '1')
if (Test-Step $ServiceName 'Délai d''arrêt à l''extinction de la machine : 45 secondes (une synchronisation en cours se termine)') {
    $key = "HKLM:\SYSTEM\CurrentControlSet\Services\$ServiceName"
    New-ItemProperty -Path $key -Name 'PreshutdownTimeout' -PropertyType DWord -Value 45000 -Force | Out-Null
}

# 4. ACL: the data folder (configuration, secrets, personal data) for SYSTEM, administrators and the service only,
# inherited by everything the program creates in it. The account exists once the service does, hence this order.
# icacls behaves the same under 5.1 and 7; SIDs (*S-1-5-…) avoid the translated names of French Windows.
$grants = @('/inheritance:r', '/grant:r', '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F', "$($ServiceAccount):(OI)(CI)M")
Invoke-Native $DataFolder "Droits réservés à SYSTEM, aux administrateurs et à $ServiceAccount" 'icacls.exe' (@($DataFolder) + $grants)

# 5. Start and say where things are.
if (Test-Step $ServiceName 'Démarrage du service') {
    Start-Service -Name $ServiceName
}

Write-Host ''
Write-Host "Service        : $ServiceName ($ServiceAccount), démarrage automatique différé"
Write-Host "Programme      : $InstallFolder"
Write-Host "Configuration  : $configFile (à compléter, puis redémarrer le service : Restart-Service $ServiceName)"
Write-Host "Journaux       : $logsFolder"
Write-Host "Vérification   : & '$(Join-Path $InstallFolder 'entsync.exe')' diagnostic --config '$configFile'"
Write-Host "Secrets        : & '$(Join-Path $InstallFolder 'entsync.exe')' secret set NOM --config '$configFile'"
